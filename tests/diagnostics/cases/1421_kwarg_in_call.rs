//! mistake: Python keyword argument `per_page=20` in a function call
//! offending: per_page=20
//! category: python-habit
use comprehensions::comp;

fn page_slice(items: &[String], page: usize, per_page: usize) -> Vec<String> {
    items.iter().skip(page * per_page).take(per_page).cloned().collect()
}

fn main() {
    let items: Vec<String> = (0..45).map(|n| format!("item-{n}")).collect();
    let pages: Vec<Vec<String>> = comp![page_slice(&items, page, per_page=20) for page in 0..3];
    println!("{}", pages.len());
}
