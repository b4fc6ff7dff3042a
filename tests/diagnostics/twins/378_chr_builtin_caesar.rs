fn main() {
    let word = "attack";
    let k: u8 = 3;
    let shifted: String = word
        .chars()
        .map(|c| chr((c as u8 - b'a' + k) % 26 + b'a'))
        .collect();
    println!("{}", shifted);
}
