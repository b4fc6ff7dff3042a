//! mistake: filtering `self.text.bytes()` against the char literal `' '` (a `u8` compared with a `char`)
//! offending: ' '
//! category: type
use comprehensions::comp;

struct Line {
    text: String,
}

impl Line {
    fn nonspace(&self) -> Vec<u8> {
        comp![b for b in self.text.bytes() if b != ' ']
    }
}

fn main() {
    let l = Line { text: "a b".into() };
    println!("{:?}", l.nonspace());
}
