//! mistake: Python's `for i in range(self.count)` with an `i32` count: the index is an `i32`, and a slice is indexed by `usize`
//! offending: i]
//! category: type
use comprehensions::comp;

struct Ring {
    slots: Vec<u8>,
    count: i32,
}

impl Ring {
    fn filled(&self) -> Vec<u8> {
        comp![self.slots[i] for i in 0..self.count if self.slots[0] != 0]
    }
}

fn main() {
    let r = Ring { slots: vec![7, 8, 9], count: 2 };
    println!("{:?}", r.filled());
}
