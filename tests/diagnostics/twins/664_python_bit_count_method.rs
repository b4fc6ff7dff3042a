//! mistake: counts set bits with Python 3.10's int.bit_count()
//! category: python-habit
fn main() {
    let masks: Vec<u32> = vec![0b1011, 0b1, 0b1111_0000];
    let ones: Vec<u32> = masks.iter().map(|m| m.bit_count()).collect();
    println!("{ones:?}");
}
