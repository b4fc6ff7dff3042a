//! mistake: annotated the tokens as `Vec<String>` but collected the `&str` pieces of `split_whitespace`
//! offending: w
//! category: type

fn main() {
    let prompt = String::from("Translate the following sentence into French");
    let mut tokens: Vec<String> = Vec::new();
    for w in prompt.split_whitespace() {
        if w.len() > 2 {
            tokens.push(w);
        }
    }
    println!("{tokens:?}");
}
