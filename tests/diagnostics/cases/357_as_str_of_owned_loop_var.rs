//! mistake: `w.as_str()` in the element to get a `Vec<&str>`, iterating the `Vec<String>` by value (each `w` is dropped after its iteration)
//! offending: w.as_str()
//! category: ownership
use comprehensions::comp;

fn shout(words: &[&str]) {
    println!("{}", words.join("! "));
}

fn main() {
    let words: Vec<String> = "stop right there".split(' ').map(String::from).collect();
    let refs = comp![w.as_str() for w in words];
    shout(&refs);
}
