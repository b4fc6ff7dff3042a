//! mistake: an iterator passed by value to a function taking `&mut dyn Iterator`
//! offending: data.bytes().map(|b| b as u32)
//! category: type
fn checksum(it: &mut dyn Iterator<Item = u32>) -> u32 {
    let mut acc = 0;
    for x in it {
        acc = (acc * 31 + x) % 65521;
    }
    acc
}

fn main() {
    let data = "hello";
    println!("{}", checksum(data.bytes().map(|b| b as u32)));
}
