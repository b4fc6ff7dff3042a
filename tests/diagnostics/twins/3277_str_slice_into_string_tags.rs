//! mistake: collected `&str` hashtag slices where a `Vec<String>` is declared
//! offending: w.trim_start_matches('#')
//! category: type
fn main() {
    let body = String::from("launch day #rust #oss thanks all");
    let mut tags: Vec<String> = Vec::new();
    for w in body.split_whitespace() {
        if w.starts_with('#') {
            tags.push(w.trim_start_matches('#'));
        }
    }
    println!("{tags:?}");
}
