//! mistake: iterating a String directly, as Python iterates a str's characters (hand-written)
fn main() {
    let word = String::from("banana");
    let mut vowels = Vec::new();
    for c in word {
        if "aeiou".contains(c) {
            vowels.push(c);
        }
    }
    println!("{vowels:?}");
}
