//! mistake: a generator passed by value to a function taking `&mut dyn Iterator`
//! offending: comp!((b as u32 for b in data.bytes()))
//! category: type
use comprehensions::comp;

fn checksum(it: &mut dyn Iterator<Item = u32>) -> u32 {
    let mut acc = 0;
    for x in it {
        acc = (acc * 31 + x) % 65521;
    }
    acc
}

fn main() {
    let data = "hello";
    println!("{}", checksum(comp!((b as u32 for b in data.bytes()))));
}
