fn main() {
    let lines = vec!["key=value", "novalue"];
    let pos: Vec<_> = lines
        .iter()
        .map(|l| if l.contains('=') { l.find('=').unwrap() } else { -1 })
        .collect();
    println!("{pos:?}");
}
