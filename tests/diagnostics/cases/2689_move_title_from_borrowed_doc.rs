//! mistake: moved the `title` `String` out of documents iterated by reference
//! offending: d.title
//! category: ownership
use comprehensions::comp;

struct Doc {
    id: u32,
    title: String,
}

fn main() {
    let docs = vec![Doc { id: 1, title: "Inverted indexes".into() }, Doc { id: 2, title: "Query parsing".into() }];
    let titles: Vec<String> = comp![d.title for d in &docs if d.id > 0];
    println!("{titles:?} from {} docs", docs.len());
}
