//! mistake: pagination bounds parsed as `u32` used to slice a `Vec` (indices are `usize`)
//! offending: offset..offset + limit
//! category: type
use comprehensions::comp;

struct Item {
    title: String,
}

fn main() {
    let items: Vec<Item> = (1..=50).map(|n| Item { title: format!("post {n}") }).collect();
    let offset: u32 = "20".parse().unwrap();
    let limit: u32 = "10".parse().unwrap();
    let page: Vec<&str> = comp![i.title.as_str() for i in &items[offset..offset + limit]];
    println!("{page:?}");
}
