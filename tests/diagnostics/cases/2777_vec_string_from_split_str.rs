//! mistake: annotated the tokens as `Vec<String>` but collected the `&str` pieces of `split_whitespace`
//! offending: w
//! category: type
use comprehensions::comp;

fn main() {
    let prompt = String::from("Translate the following sentence into French");
    let tokens: Vec<String> = comp![w for w in prompt.split_whitespace() if w.len() > 2];
    println!("{tokens:?}");
}
