//! mistake: filtering `self.text.bytes()` against the char literal `' '` (a `u8` compared with a `char`)
//! offending: ' '
//! category: type
struct Line {
    text: String,
}

impl Line {
    fn nonspace(&self) -> Vec<u8> {
        let mut out = Vec::new();
        for b in self.text.bytes() {
            if b != ' ' {
                out.push(b);
            }
        }
        out
    }
}

fn main() {
    let l = Line { text: "a b".into() };
    println!("{:?}", l.nonspace());
}
