fn main() {
    let raw = "80, 443, http, 8080";
    let mut ports: Vec<u16> = Vec::new();
    for p in raw.split(',') {
        ports.push(p.trim().parse::<u16>().ok());
    }
    println!("{:?}", ports);
}
