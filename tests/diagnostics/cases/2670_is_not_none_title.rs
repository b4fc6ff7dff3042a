//! mistake: tested an optional title with Python's `is not None`
//! offending: is not None
//! category: python-habit
use comprehensions::comp;

struct Doc {
    id: u32,
    title: Option<String>,
}

fn main() {
    let docs = vec![
        Doc { id: 1, title: Some("Inverted indexes".into()) },
        Doc { id: 2, title: None },
    ];
    let titled: Vec<u32> = comp![d.id for d in &docs if d.title is not None];
    println!("{titled:?}");
}
