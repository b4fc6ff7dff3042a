//! mistake: moved `String` response templates out of the Vec by indexing
//! offending: templates[i]
//! category: ownership
use comprehensions::comp;

fn main() {
    let templates: Vec<String> = vec![
        "Hello! How can I help?".into(),
        "Sorry, I didn't get that.".into(),
        "Goodbye!".into(),
    ];
    let chosen: Vec<usize> = vec![0, 1, 1, 2];
    let replies: Vec<String> = comp![templates[i] for i in chosen];
    println!("{replies:?}");
}
