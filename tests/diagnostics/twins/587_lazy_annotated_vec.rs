//! mistake: an iterator chain without `.collect()` assigned to a `Vec<u32>` annotation (hand-written)
//! offending: procs.iter().filter(|p| p.listening).map(|p| p.port)
struct Proc {
    port: u32,
    listening: bool,
}

fn main() {
    let procs = vec![Proc { port: 80, listening: true }, Proc { port: 8080, listening: false }];
    let ports: Vec<u32> = procs.iter().filter(|p| p.listening).map(|p| p.port);
    println!("{ports:?}");
}
