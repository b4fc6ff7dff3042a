//! mistake: tested an optional title with Python's `is not None`
//! offending: is not None
//! category: python-habit

struct Doc {
    id: u32,
    title: Option<String>,
}

fn main() {
    let docs = vec![
        Doc { id: 1, title: Some("Inverted indexes".into()) },
        Doc { id: 2, title: None },
    ];
    let titled: Vec<u32> = docs.iter().filter(|d| d.title is not None).map(|d| d.id).collect();
    println!("{titled:?}");
}
