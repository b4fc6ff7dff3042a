//! mistake: Python's `range(offset, offset + limit)` kept in parentheses as `(offset..offset + limit)`
//! offending: (offset..offset + limit)
//! category: lint
use comprehensions::comp;

struct Row {
    id: u32,
}

fn main() {
    let rows: Vec<Row> = (0..100).map(|id| Row { id }).collect();
    let (offset, limit) = (20usize, 10usize);
    let ids = comp![rows[i].id for i in (offset..offset + limit)];
    println!("{ids:?}");
}
