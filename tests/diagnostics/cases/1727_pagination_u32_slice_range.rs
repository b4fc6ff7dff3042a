//! mistake: pagination query parameters parsed as `u32` used to slice the rows
//! offending: rows[offset..offset + limit]
//! category: type
use comprehensions::comp;

struct Row {
    title: String,
}

fn main() {
    let rows: Vec<Row> = (0..50).map(|i| Row { title: format!("post {i}") }).collect();
    let offset: u32 = "10".parse().unwrap();
    let limit: u32 = "20".parse().unwrap();
    let titles = comp![r.title.as_str() for r in &rows[offset..offset + limit]];
    println!("{titles:?}");
}
