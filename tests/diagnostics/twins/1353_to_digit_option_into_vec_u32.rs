//! mistake: pushing `c.to_digit(10)`, an `Option<u32>`, into a `Vec<u32>`
//! offending: c.to_digit(10)
//! category: type
struct Isbn {
    code: String,
}

impl Isbn {
    fn digits(&self) -> Vec<u32> {
        let mut out: Vec<u32> = Vec::new();
        for c in self.code.chars() {
            if c.is_ascii_digit() {
                out.push(c.to_digit(10));
            }
        }
        out
    }
}

fn main() {
    let i = Isbn { code: "0-306-40615-2".into() };
    println!("{:?}", i.digits());
}
