namespace Tickmark.Blocks;

public enum BlockKind { Headline, Dateline, Paragraph, Bullet, Heading, Table }
