//! mistake: moved `String` response templates out of the Vec by indexing
//! offending: templates[i]
//! category: ownership

fn main() {
    let templates: Vec<String> = vec![
        "Hello! How can I help?".into(),
        "Sorry, I didn't get that.".into(),
        "Goodbye!".into(),
    ];
    let chosen: Vec<usize> = vec![0, 1, 1, 2];
    let mut replies: Vec<String> = Vec::new();
    for i in chosen {
        replies.push(templates[i]);
    }
    println!("{replies:?}");
}
