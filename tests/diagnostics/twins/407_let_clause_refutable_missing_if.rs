fn main() {
    let fields = vec!["12", "x", "7"];
    let mut nums: Vec<i32> = Vec::new();
    for s in &fields {
        let Ok(n) = s.parse::<i32>();
        nums.push(n);
    }
    println!("{:?}", nums);
}
