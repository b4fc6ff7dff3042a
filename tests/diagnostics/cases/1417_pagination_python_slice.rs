//! mistake: Python's slice `items[offset:offset + limit]` for a page of results
//! offending: offset:offset + limit
//! category: python-habit
use comprehensions::comp;

struct Item {
    title: String,
}

fn main() {
    let items: Vec<Item> = (1..=50).map(|n| Item { title: format!("post {n}") }).collect();
    let (offset, limit) = (20usize, 10usize);
    let page: Vec<String> = comp![i.title.clone() for i in &items[offset:offset + limit]];
    println!("{page:?}");
}
