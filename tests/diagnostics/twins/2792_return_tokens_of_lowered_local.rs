//! mistake: returned `&str` tokens that borrow a lowercased String local to the function
//! offending: out
//! category: ownership

fn normalize(text: &str) -> Vec<&str> {
    let lower = text.to_lowercase();
    let mut out = Vec::new();
    for w in lower.split_whitespace() {
        if w.len() > 2 {
            out.push(w);
        }
    }
    out
}

fn main() {
    println!("{:?}", normalize("Can I CHANGE my Delivery Address"));
}
