//! mistake: Python's slice `items[offset:offset + limit]` for a page of results
//! offending: offset:offset + limit
//! category: python-habit
struct Item {
    title: String,
}

fn main() {
    let items: Vec<Item> = (1..=50).map(|n| Item { title: format!("post {n}") }).collect();
    let (offset, limit) = (20usize, 10usize);
    let mut page: Vec<String> = Vec::new();
    for i in &items[offset:offset + limit] {
        page.push(i.title.clone());
    }
    println!("{page:?}");
}
