//! mistake: returns a lazy form over the words of a String owned by the block that creates it, then iterates it after the block
//! offending: text
//! category: ownership
use comprehensions::comp;

fn main() {
    let words = {
        let text = String::from("alpha beta  gamma");
        comp!((w for w in text.split_whitespace() if w.len() > 4))
    };
    for w in words {
        println!("{w}");
    }
}
