//! mistake: brightening `u8` pixels by `300`, a literal that does not fit in `u8` (Python's ints are unbounded)
//! offending: 300
//! category: type
use comprehensions::comp;

struct Image {
    pixels: Vec<u8>,
}

impl Image {
    fn brighten(&self) -> Vec<u8> {
        comp![p + 300 for p in &self.pixels]
    }
}

fn main() {
    let img = Image { pixels: vec![10, 200] };
    println!("{:?}", img.brighten());
}
