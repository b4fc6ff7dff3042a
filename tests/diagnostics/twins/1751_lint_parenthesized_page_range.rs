//! mistake: Python's `range(offset, offset + limit)` kept in parentheses as `(offset..offset + limit)`
//! offending: (offset..offset + limit)
//! category: lint

struct Row {
    id: u32,
}

fn main() {
    let rows: Vec<Row> = (0..100).map(|id| Row { id }).collect();
    let (offset, limit) = (20usize, 10usize);
    let mut ids = Vec::new();
    for i in (offset..offset + limit) {
        ids.push(rows[i].id);
    }
    println!("{ids:?}");
}
