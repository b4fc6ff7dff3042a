//! mistake: keeping `&str` words of a temporary `to_lowercase()` string past the statement
//! offending: text.to_lowercase()
//! category: ownership
fn main() {
    let text = String::from("The cat and THE hat");
    let mut words = Vec::new();
    for w in text.to_lowercase().split_whitespace() {
        words.push(w);
    }
    let the_count = words.iter().filter(|w| **w == "the").count();
    println!("{the_count}");
}
