import type {} from '@fastify/multipart';
import {
  BadRequestException,
  Controller,
  Get,
  Param,
  Post,
  Req,
  Res,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  Actor,
  ApiErrors,
  CurrentUser,
  ParseUuidPipe,
  ValidationFailedException,
} from '@pasar/shared';
import { AttachmentView } from '../application/commands/upload-attachment/attachment.view';
import { UploadAttachmentCommand } from '../application/commands/upload-attachment/upload-attachment.command';
import { GetAttachmentQuery } from '../application/queries/get-attachment/get-attachment.query';

@ApiTags('chat')
@ApiBearerAuth()
@Controller('chat/rooms/:roomId/attachments')
export class ChatAttachmentsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Upload an image to send in the room',
    description:
      "The room's buyer or seller uploads a JPEG, PNG or WebP (judged by its bytes, not by the " +
      'declared content type), at most CHAT_IMAGE_MAX_BYTES. Its metadata is stripped before it ' +
      'is stored (JPEG APP1–APP15 and COM segments, PNG tEXt/zTXt/iTXt/eXIf/tIME chunks, WebP ' +
      'EXIF/XMP chunks). Send it with `message:send` type `image` and this `attachmentId`; only ' +
      'its uploader may, once. Its `url` is served by GET on this path, to the room’s ' +
      'participants and admins only (with their bearer token).',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary', description: 'JPEG, PNG or WebP' } },
    },
  })
  @ApiCreatedResponse({ type: AttachmentView })
  @ApiErrors(400, 401, 403, 404, 413, 415, 422)
  async upload(
    @CurrentUser() actor: Actor,
    @Param('roomId', ParseUuidPipe) roomId: string,
    @Req() request: FastifyRequest,
  ): Promise<AttachmentView> {
    const bytes = await readFile(request);
    return this.commands.execute(new UploadAttachmentCommand(actor, roomId, bytes));
  }

  @Get(':attachmentId')
  @ApiOperation({
    summary: "An image uploaded to the room, for the room's participants and admins",
  })
  @ApiProduces('image/jpeg', 'image/png', 'image/webp')
  @ApiOkResponse({ description: 'The stripped image bytes' })
  @ApiErrors(400, 401, 404)
  async download(
    @CurrentUser() actor: Actor,
    @Param('roomId', ParseUuidPipe) roomId: string,
    @Param('attachmentId', ParseUuidPipe) attachmentId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const image = await this.queries.execute(new GetAttachmentQuery(actor, roomId, attachmentId));
    await reply
      .header('content-type', image.contentType)
      .header('cache-control', 'private, max-age=86400, immutable')
      .send(image.bytes);
  }
}

/** The one `file` part of a multipart body; the multipart limit (IMAGE_MAX_BYTES) answers 413. */
async function readFile(request: FastifyRequest): Promise<Buffer> {
  if (!request.isMultipart()) {
    throw new UnsupportedMediaTypeException(
      'Send the image as multipart/form-data with a "file" part',
    );
  }
  let bytes: Buffer | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type !== 'file' || part.fieldname !== 'file' || bytes) {
        throw new ValidationFailedException([
          { field: part.fieldname, messages: [`property ${part.fieldname} should not exist`] },
        ]);
      }
      bytes = await part.toBuffer();
    }
  } catch (error) {
    if (error instanceof ValidationFailedException) throw error;
    // Multipart's own limit errors carry a status (413); a body that does not parse does not.
    if (typeof (error as { statusCode?: unknown }).statusCode === 'number') throw error;
    throw new BadRequestException(`The multipart body is malformed: ${(error as Error).message}`);
  }
  if (!bytes)
    throw new ValidationFailedException([{ field: 'file', messages: ['file is required'] }]);
  return bytes;
}
