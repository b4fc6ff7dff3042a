use comp::comp;

fn main() {
    let _ = comp![];
}
