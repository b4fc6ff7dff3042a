fn main() {
    let flags: Vec<&str> = vec!["YES", "no", "1", "True", "off"];
    let mut on: Vec<&str> = Vec::new();
    for f in flags {
        if f.to_lowercase() in {"yes", "true", "1"} {
            on.push(f);
        }
    }
    println!("{:?}", on);
}
