import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { Product } from '../../../domain/product/product.aggregate';
import { ProductRepository } from '../../../domain/product/product.repository';
import { ProductEditor } from '../../services/product-editor';
import { translateUniqueViolation } from '../../services/unique-violations';
import { CreateProductCommand } from './create-product.command';

@CommandHandler(CreateProductCommand)
export class CreateProductHandler implements ICommandHandler<CreateProductCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly products: ProductRepository,
    private readonly editor: ProductEditor,
  ) {}

  async execute({ actor, product: fields }: CreateProductCommand): Promise<{ productId: string }> {
    try {
      return await this.em.transactional(async () => {
        const category = await this.editor.category(fields.categoryId);
        const product = Product.create({
          ...fields,
          category,
          createdBy: actor.id,
          now: new Date(),
        });
        await this.products.save(product);
        return { productId: product.id };
      });
    } catch (error) {
      throw translateUniqueViolation(error);
    }
  }
}
