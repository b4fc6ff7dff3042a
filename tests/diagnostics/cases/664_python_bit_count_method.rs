//! mistake: counts set bits with Python 3.10's int.bit_count()
//! offending: bit_count
//! category: python-habit
use comprehensions::comp;

fn main() {
    let masks: Vec<u32> = vec![0b1011, 0b1, 0b1111_0000];
    let ones = comp![m.bit_count() for m in &masks];
    println!("{ones:?}");
}
