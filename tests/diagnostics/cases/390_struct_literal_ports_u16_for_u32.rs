//! mistake: a comprehension in a struct literal field typed Vec<u32> whose element parses u16
//! offending: p.parse::<u16>().unwrap()
//! category: type
use comprehensions::comp;

struct Listener {
    host: String,
    ports: Vec<u32>,
}

fn main() {
    let spec = "80,443,8080";
    // Python: Listener(host="0.0.0.0", ports=[int(p) for p in spec.split(",")])
    let l = Listener {
        host: "0.0.0.0".to_string(),
        ports: comp![p.parse::<u16>().unwrap() for p in spec.split(',')],
    };
    println!("{} {:?}", l.host, l.ports);
}
