fn main() {
    let digest: [u8; 4] = [0xde, 0xad, 0xbe, 0xef];
    let mut parts: Vec<String> = Vec::new();
    for b in &digest {
        parts.push(hex(*b));
    }
    println!("{}", parts.join(""));
}
