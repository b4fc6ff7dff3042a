//! mistake: returns a lazy form over the words of a String owned by the block that creates it, then iterates it after the block
//! offending: text
//! category: ownership

fn main() {
    let words = {
        let text = String::from("alpha beta  gamma");
        text.split_whitespace().filter(|w| w.len() > 4)
    };
    for w in words {
        println!("{w}");
    }
}
