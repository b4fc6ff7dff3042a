//! mistake: collected `&str` hashtag slices where a `Vec<String>` is declared
//! offending: w.trim_start_matches('#')
//! category: type
use comprehensions::comp;

fn main() {
    let body = String::from("launch day #rust #oss thanks all");
    let tags: Vec<String> = comp![w.trim_start_matches('#') for w in body.split_whitespace() if w.starts_with('#')];
    println!("{tags:?}");
}
