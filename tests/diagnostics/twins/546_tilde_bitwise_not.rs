fn main() {
    let masks: Vec<u8> = vec![0b1111_0000, 0b0000_1111];
    let inverted: Vec<u8> = masks.iter().map(|m| ~m & 0xFF).collect();
    println!("{inverted:?}");
}
