import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors, Page, PageOf, PageQuery, ParseUuidPipe, Public, Roles } from '@pasar/shared';
import { CreateCategoryCommand } from '../application/commands/create-category/create-category.command';
import { EditCategoryCommand } from '../application/commands/edit-category/edit-category.command';
import { GetCategoryQuery } from '../application/queries/get-category/get-category.query';
import { CategoryView } from '../application/queries/list-categories/category.view';
import { ListCategoriesQuery } from '../application/queries/list-categories/list-categories.query';
import { CreateCategoryDto, UpdateCategoryDto } from './category.request.dto';

@ApiTags('catalog')
@Public()
@Controller('categories')
export class CategoriesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({
    type: PageOf(CategoryView),
    description: 'The tree as a flat list in path order: every parent before its descendants',
  })
  @ApiErrors(400)
  list(@Query() page: PageQuery): Promise<Page<CategoryView>> {
    return this.queries.execute(new ListCategoriesQuery(page.limit, page.offset));
  }

  @Get(':id')
  @ApiOkResponse({ type: CategoryView })
  @ApiErrors(400, 404)
  get(@Param('id', ParseUuidPipe) id: string): Promise<CategoryView> {
    return this.queries.execute(new GetCategoryQuery(id));
  }
}

@ApiTags('catalog')
@ApiBearerAuth()
@Roles('admin')
@Controller('catalog/categories')
export class CategoryManagementController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: CategoryView })
  @ApiErrors(400, 401, 403, 409, 422)
  async create(@Body() dto: CreateCategoryDto): Promise<CategoryView> {
    const { categoryId } = await this.commands.execute(
      new CreateCategoryCommand(dto.name, dto.slug, dto.parentId ?? null),
    );
    return this.queries.execute(new GetCategoryQuery(categoryId));
  }

  @Patch(':id')
  @ApiOkResponse({
    type: CategoryView,
    description: 'Renamed and/or moved; descendants move along (409 CATALOG.CATEGORY_CYCLE)',
  })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async update(
    @Param('id', ParseUuidPipe) id: string,
    @Body() dto: UpdateCategoryDto,
  ): Promise<CategoryView> {
    await this.commands.execute(new EditCategoryCommand(id, { ...dto }));
    return this.queries.execute(new GetCategoryQuery(id));
  }
}
