import { SearchAvailability } from './infrastructure/read-model/search-availability.entity';
import { SearchCategory } from './infrastructure/read-model/search-category.entity';
import { SearchOffer } from './infrastructure/read-model/search-offer.entity';
import { SearchProduct } from './infrastructure/read-model/search-product.entity';
import { SearchRating } from './infrastructure/read-model/search-rating.entity';
import { SearchReadModelVersion } from './infrastructure/read-model/search-read-model-version.entity';
import { SearchShop } from './infrastructure/read-model/search-shop.entity';

/** Every table of the search schema (the migration CLI and the module both use this list). */
export const SEARCH_ENTITIES = [
  SearchProduct,
  SearchOffer,
  SearchShop,
  SearchCategory,
  SearchAvailability,
  SearchRating,
  SearchReadModelVersion,
];
