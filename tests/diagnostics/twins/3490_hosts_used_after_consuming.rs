//! mistake: iterated `hosts` by value, then used it again for the total
//! offending: hosts.len()
//! category: ownership

#[derive(Debug)]
struct Host {
    name: String,
    up: bool,
}

fn main() {
    let hosts = vec![Host { name: "edge-1".into(), up: false }, Host { name: "edge-2".into(), up: true }];
    let mut up = Vec::new();
    for h in hosts {
        if h.up {
            up.push(h);
        }
    }
    println!("{} of {} up: {up:?}", up.len(), hosts.len());
}
