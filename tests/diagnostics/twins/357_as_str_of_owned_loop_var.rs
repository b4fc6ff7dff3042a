//! mistake: `w.as_str()` of a `String` taken by value from the Vec (hand-written)
fn shout(words: &[&str]) {
    println!("{}", words.join("! "));
}

fn main() {
    let words: Vec<String> = "stop right there".split(' ').map(String::from).collect();
    let mut refs = Vec::new();
    for w in words {
        refs.push(w.as_str());
    }
    shout(&refs);
}
