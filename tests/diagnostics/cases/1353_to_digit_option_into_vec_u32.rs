//! mistake: Python's `[int(c) for c in self.code if c.isdigit()]` ported with `c.to_digit(10)`, an `Option<u32>`, as the element of a `Vec<u32>`
//! offending: c.to_digit(10)
//! category: type
use comprehensions::comp;

struct Isbn {
    code: String,
}

impl Isbn {
    fn digits(&self) -> Vec<u32> {
        comp![c.to_digit(10) for c in self.code.chars() if c.is_ascii_digit()]
    }
}

fn main() {
    let i = Isbn { code: "0-306-40615-2".into() };
    println!("{:?}", i.digits());
}
