// The search context's public face. Other contexts and apps import only from here.
export { SearchModule } from './search.module';
export { SEARCH_ENTITIES } from './search.entities';
export { RebuildSearchIndexCommand } from './application/commands/rebuild-search-index/rebuild-search-index.command';
export { SearchGrpcModule } from './api/grpc/search-grpc.module';
