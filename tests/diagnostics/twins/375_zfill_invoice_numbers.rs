fn main() {
    let ids: Vec<u32> = vec![42, 1337, 7];
    let mut padded: Vec<String> = Vec::new();
    for i in &ids {
        padded.push(i.to_string().zfill(6));
    }
    println!("{:?}", padded);
}
