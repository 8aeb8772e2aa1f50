#!/usr/bin/env bash
# rustc's time for one trait of N methods, alone in a crate (issue 27,
# class 9): what the `Api` trait of a document of N operations costs before
# any other generated code. Each kind of method is checked by rustc
# (`--emit=metadata`), once per size:
#   plain:  fn m{i}(&self) -> u32;
#   future: fn m{i}(&self) -> impl Future<Output = u32> + Send;   (the `Api` trait's form)
#   async:  async fn m{i}(&self) -> u32;
#   owned:  fn m{i}(self: Arc<Self>) -> impl Future<Output = u32> + Send;
#           (a future that borrows nothing: its type has no lifetime of its
#           own, so rustc does not check it as a generic associated type)
#
#   benches/trait-methods.sh          # N = 1000 2000 4000
#   SIZES="500 1000" benches/trait-methods.sh
set -euo pipefail
sizes=(${SIZES:-1000 2000 4000})
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "| Methods | plain (s) | future (s) | async (s) | owned (s) |"
echo "| ---: | ---: | ---: | ---: | ---: |"
for n in "${sizes[@]}"; do
    row="| $n |"
    for kind in plain future async owned; do
        file="$work/$kind-$n.rs"
        {
            echo 'pub trait Api: Send + Sync + '"'"'static {'
            for ((i = 0; i < n; i++)); do
                case $kind in
                    plain) echo "    fn m$i(&self) -> u32;" ;;
                    future) echo "    fn m$i(&self) -> impl std::future::Future<Output = u32> + Send;" ;;
                    async) echo "    async fn m$i(&self) -> u32;" ;;
                    owned) echo "    fn m$i(self: std::sync::Arc<Self>) -> impl std::future::Future<Output = u32> + Send;" ;;
                esac
            done
            echo '}'
        } > "$file"
        start=$(date +%s.%N)
        rustc --edition 2024 --crate-type lib --emit=metadata -A warnings -o "$work/out.rmeta" "$file"
        row="$row $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }') |"
    done
    echo "$row"
done
