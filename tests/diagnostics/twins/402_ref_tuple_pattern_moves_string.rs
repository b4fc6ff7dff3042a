fn main() {
    let people: Vec<(String, u32)> = vec![("ann".to_string(), 31), ("bo".to_string(), 12)];
    let mut adults: Vec<String> = Vec::new();
    for &(name, age) in &people {
        if age >= 18 {
            adults.push(name);
        }
    }
    println!("{:?}", adults);
}
