struct Listener {
    host: String,
    ports: Vec<u32>,
}

fn main() {
    let spec = "80,443,8080";
    let l = Listener {
        host: "0.0.0.0".to_string(),
        ports: spec.split(',').map(|p| p.parse::<u16>().unwrap()).collect(),
    };
    println!("{} {:?}", l.host, l.ports);
}
