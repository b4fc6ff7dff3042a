//! offending: collect()
struct Server {
    ports: Vec<u16>,
}

fn main() {
    let raw = ["80", "443"];
    let server = Server {
        ports: raw.iter().map(|p| p.parse::<u16>()).collect(),
    };
    println!("{:?}", server.ports);
}
